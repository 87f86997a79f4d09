import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useT } from '../app/i18n';

/**
 * Date pickers in the interface's language, weeks from Monday. Only screens with a date picker
 * import this, so dayjs and the pickers stay out of the first load.
 */
export function LocalizedDates({ children }: { children: ReactNode }) {
  const { lang } = useT();
  return <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, weekendDays: [0, 6] }}>{children}</DatesProvider>;
}

/** How a picked date reads in its field: `28 Januari 2021`, like the shared formatter. */
export const DATE_FIELD_FORMAT = 'D MMMM YYYY';
