/**
 * The user's calendar day as YYYY-MM-DD, in the time zone of the machine they use (the
 * process's TZ in Node, the browser's in the UI). Never the UTC date: just after midnight in a
 * British summer, UTC is still yesterday. `now` is passed in so the day can be tested at any
 * moment and in any zone.
 */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
