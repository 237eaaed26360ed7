/** Calendar arithmetic on plain days (UTC), independent of the machine's time zone and clock. */
export interface Day { year: number; month: number; day: number }

export function parseDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}

function toUtc(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Day {
  const dt = new Date(ms);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromUtc(toUtc(d) + n * 86_400_000);
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(d: Day): number {
  return new Date(toUtc(d)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function compareDay(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}

/** The Monday..Sunday week containing `d`, shifted by `weeks`. */
export function weekRange(d: Day, weeks: number): { from: Day; to: Day } {
  const monday = addDays(d, -((weekday(d) + 6) % 7) + 7 * weeks);
  return { from: monday, to: addDays(monday, 6) };
}
