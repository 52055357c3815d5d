const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-18" → "2026年3月18日"; anything else is returned unchanged. */
export function formatDate(value: string): string {
  const m = ISO_DATE.exec(value);
  if (!m) return value;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Today's calendar date in China ("YYYY-MM-DD"), whatever the server's time zone. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
}

/** A machine-readable <time> showing the date the Chinese way. */
export function DateText({ value }: { value: string }) {
  return <time dateTime={value}>{formatDate(value)}</time>;
}
