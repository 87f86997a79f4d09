import type { TMediaSettings } from '../../../../shared/media';
import type { WorkingCalendar } from '../../../platform/calendar/working-days';
import { addDays, jakartaDate, jakartaMidnight } from '../normalize';

/** The digest times of a Jakarta day: the working-day ones, or the weekend-and-holiday one(s). */
export function slotsOf(
  date: string,
  settings: TMediaSettings,
  calendar: WorkingCalendar,
): { at: Date; kind: 'working' | 'non_working' }[] {
  const working = calendar.isWorkingDay(date);
  const times = working ? settings.digestWorkingTimes : settings.digestNonWorkingTimes;
  const midnight = jakartaMidnight(date).getTime();
  return [...times].sort().map((t) => {
    const [h, m] = t.split(':').map(Number) as [number, number];
    return { at: new Date(midnight + (h * 60 + m) * 60_000), kind: working ? ('working' as const) : ('non_working' as const) };
  });
}

/**
 * The latest digest moment at or before `now` (today's, or yesterday's last). A process that was
 * down over several moments makes only the latest digest; its window starts where the last digest
 * ended, so nothing published in between is left out.
 */
export function dueSlot(now: Date, settings: TMediaSettings, calendar: WorkingCalendar) {
  const today = jakartaDate(now);
  const candidates = [...slotsOf(addDays(today, -1), settings, calendar), ...slotsOf(today, settings, calendar)];
  return candidates.filter((s) => s.at.getTime() <= now.getTime()).pop() ?? null;
}
