// Official public-holiday schedules (国务院办公厅 节假日安排通知) as data, copied from
// /work/shared/reference/domain.md §6.1–6.3. Each year's notice is published around Oct–Nov of the
// year before; add it here (or through the county office's calendar editor) when it appears.
// Years that are not listed are reported as `calendar_missing`, never assumed holiday-free.

/** One holiday of a notice: the rest days as an inclusive range, and its 调休 make-up working days. */
export type HolidayEntry = {
  name: string;
  /** First and last rest day, inclusive ("YYYY-MM-DD"); weekends inside the range are listed too. */
  rest: readonly [from: string, to: string];
  /** Weekend days declared working days (调休上班) for this holiday. */
  makeUpWorkdays: readonly string[];
};

/** One year's notice. `year` is the notice's year; its dates may spill into the previous December. */
export type HolidaySchedule = {
  year: number;
  source: string;
  holidays: readonly HolidayEntry[];
};

/** The schedules for 2024–2026 exactly as published. */
export const HOLIDAY_SCHEDULES_CN: readonly HolidaySchedule[] = [
  {
    year: 2024,
    source: "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）",
    holidays: [
      { name: "元旦", rest: ["2024-01-01", "2024-01-01"], makeUpWorkdays: [] },
      { name: "春节", rest: ["2024-02-10", "2024-02-17"], makeUpWorkdays: ["2024-02-04", "2024-02-18"] },
      { name: "清明节", rest: ["2024-04-04", "2024-04-06"], makeUpWorkdays: ["2024-04-07"] },
      { name: "劳动节", rest: ["2024-05-01", "2024-05-05"], makeUpWorkdays: ["2024-04-28", "2024-05-11"] },
      { name: "端午节", rest: ["2024-06-10", "2024-06-10"], makeUpWorkdays: [] },
      { name: "中秋节", rest: ["2024-09-15", "2024-09-17"], makeUpWorkdays: ["2024-09-14"] },
      { name: "国庆节", rest: ["2024-10-01", "2024-10-07"], makeUpWorkdays: ["2024-09-29", "2024-10-12"] },
    ],
  },
  {
    year: 2025,
    source: "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
    holidays: [
      { name: "元旦", rest: ["2025-01-01", "2025-01-01"], makeUpWorkdays: [] },
      { name: "春节", rest: ["2025-01-28", "2025-02-04"], makeUpWorkdays: ["2025-01-26", "2025-02-08"] },
      { name: "清明节", rest: ["2025-04-04", "2025-04-06"], makeUpWorkdays: [] },
      { name: "劳动节", rest: ["2025-05-01", "2025-05-05"], makeUpWorkdays: ["2025-04-27"] },
      { name: "端午节", rest: ["2025-05-31", "2025-06-02"], makeUpWorkdays: [] },
      { name: "国庆节、中秋节", rest: ["2025-10-01", "2025-10-08"], makeUpWorkdays: ["2025-09-28", "2025-10-11"] },
    ],
  },
  {
    year: 2026,
    // The document number (possibly 国办发明电〔2025〕7号) is unconfirmed, so it is not quoted.
    source: "国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）",
    holidays: [
      { name: "元旦", rest: ["2026-01-01", "2026-01-03"], makeUpWorkdays: ["2026-01-04"] },
      { name: "春节", rest: ["2026-02-15", "2026-02-23"], makeUpWorkdays: ["2026-02-14", "2026-02-28"] },
      { name: "清明节", rest: ["2026-04-04", "2026-04-06"], makeUpWorkdays: [] },
      { name: "劳动节", rest: ["2026-05-01", "2026-05-05"], makeUpWorkdays: ["2026-05-09"] },
      { name: "端午节", rest: ["2026-06-19", "2026-06-21"], makeUpWorkdays: [] },
      { name: "中秋节", rest: ["2026-09-25", "2026-09-27"], makeUpWorkdays: [] },
      { name: "国庆节", rest: ["2026-10-01", "2026-10-07"], makeUpWorkdays: ["2026-09-20", "2026-10-10"] },
    ],
  },
];
