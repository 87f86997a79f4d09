import { useMemo } from 'react';
import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatMoney,
  formatNumber,
  formatPercent,
  formatQuarter,
  type MoneyOptions,
  type Numeric,
} from '../../shared/format';
import { useT } from '../app/i18n';

/** The shared formatters bound to the interface's current language (separators, month and quarter names). */
export function useFormat() {
  const { lang } = useT();
  return useMemo(
    () => ({
      number: (value: Numeric, decimals?: number) => formatNumber(value, decimals, lang),
      decimal: (value: Numeric, decimals?: number) => formatDecimal(value, decimals, lang),
      percent: (value: Numeric, decimals?: number) => formatPercent(value, decimals, lang),
      money: (value: Numeric, options?: MoneyOptions) => formatMoney(value, { lang, ...options }),
      date: (value: Date | string) => formatDate(value, lang),
      dateTime: (value: Date | string) => formatDateTime(value, lang),
      quarter: (quarter: number) => formatQuarter(quarter, lang),
    }),
    [lang],
  );
}
