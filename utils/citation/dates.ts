/** Date helpers for citations: partial publication dates ("2022-06") and access dates. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** [year, month?, day?] of an ISO date that may be partial: "2023-05-24", "2022-07", "2022". */
export function dateParts(iso: string): number[] {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!match) return [];
  const parts = [Number(match[1])];
  const month = Number(match[2]);
  if (month >= 1 && month <= 12) {
    parts.push(month);
    const day = Number(match[3]);
    if (day >= 1 && day <= 31) parts.push(day);
  }
  return parts;
}

/** "24 May 2023", "July 2022", "2022"; the input itself if it is not a date. */
export function formatDateParts(parts: number[], fallback = ''): string {
  const [year, month, day] = parts;
  if (year === undefined) return fallback;
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  if (!monthName) return String(year);
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** A publication date as readers expect it. */
export function formatPublished(iso: string): string {
  return formatDateParts(dateParts(iso), iso);
}

/** The local calendar day of `date` as [year, month, day]. */
export function localDayParts(date: Date): [number, number, number] {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
}

/** The local calendar day of `date` as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return localDayParts(date)
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}

/** Three-letter BibTeX month macros. */
export const BIBTEX_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
