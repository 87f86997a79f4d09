import { useMemo } from 'react';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';

/**
 * The shared formatters (`useFormat`, which follows the interface language: `100,06%` in
 * Indonesian, `100.06%` in English) with what the performance screens add: a dash for a missing
 * value, an indicator's value in its unit, and a period's name.
 */
export function usePerfFormat() {
  const { lang, t } = useT();
  const base = useFormat();
  return useMemo(() => {
    const none = t('common.none');
    const ok = (value: number | null | undefined): value is number => value !== null && value !== undefined && Number.isFinite(value);
    const percent = (value: number | null | undefined, decimals = 2) => (ok(value) ? base.percent(value, decimals) : none);
    const decimal = (value: number | null | undefined, decimals = 2) => (ok(value) ? base.decimal(value, decimals) : none);
    return {
      lang,
      percent,
      decimal,
      number: (value: number | null | undefined, decimals = 0) => (ok(value) ? base.number(value, decimals) : none),
      money: (value: number | null | undefined) => (ok(value) ? base.money(value) : none),
      /** An indicator's value in its unit: a percentage with `%`, anything else as a plain number. */
      value: (value: number | null | undefined, indicator: { unit: string; decimals: number }) =>
        indicator.unit.trim() === '%' ? percent(value, indicator.decimals) : decimal(value, indicator.decimals),
      /** `Tahunan` for the year (period 0), else `Triwulan I`…`IV` (`Quarter I` in English). */
      period: (period: number) => (period === 0 ? t('performance.fullYear') : base.quarter(period)),
      date: base.date,
      dateTime: base.dateTime,
    };
  }, [lang, t, base]);
}

export type PerfFormat = ReturnType<typeof usePerfFormat>;

/** The separators a number field uses in the interface language. */
export function numberFieldSeparators(lang: 'id' | 'en'): { decimalSeparator: string; thousandSeparator: string } {
  return lang === 'en' ? { decimalSeparator: '.', thousandSeparator: ',' } : { decimalSeparator: ',', thousandSeparator: '.' };
}
