/**
 * The one formatting module for numbers, money, dates and quarters, shared by the interface,
 * the exports and the reports. Pure functions with no dependency, safe in Node and the browser.
 */
export { type Numeric, roundHalfAwayFromZero } from './decimal';
export { formatDecimal, formatMoney, formatNumber, formatPercent, type MoneyOptions, type NumberLang } from './number';
export {
  DEFAULT_TIME_ZONE,
  type FormatLang,
  formatDate,
  formatDateTime,
  formatMonth,
  formatQuarter,
  hourIn,
  quarterOf,
  todayIn,
} from './date';
