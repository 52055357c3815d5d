import type { RecordDetail } from "@/app/_server/catalog/dto";

type Table = NonNullable<RecordDetail["table"]>;

const NUMERIC = /^[-+]?[\d,]+(\.\d+)?%?$|^—$/;
const PERSONAL_COLUMN = /姓名|户主|身份证|手机|联系电话/;

/** Lists naming people carry masked identifiers; say so under them. */
export function isPersonList(kind: string, table: Table): boolean {
  return kind === "名单公示" || table.columns.some((c) => PERSONAL_COLUMN.test(c));
}

interface RecordTableProps {
  table: Table;
  caption: string;
  hasPersonalData: boolean;
}

/**
 * A record's table in large type with a caption and column headers. Wide tables scroll sideways
 * inside a labelled, focusable region instead of shrinking the text.
 */
export function RecordTable({ table, caption, hasPersonalData }: RecordTableProps) {
  // A column of figures is right-aligned (header too) so amounts line up.
  const isNumeric = table.columns.map(
    (_, c) => table.rows.length > 0 && table.rows.every((row) => NUMERIC.test(row[c] ?? "")),
  );
  const align = (c: number) => (isNumeric[c] ? "text-right tabular-nums" : "");
  return (
    <section className="mb-8">
      <div role="region" aria-label={`表格：${caption}`} tabIndex={0} className="overflow-x-auto rounded-2xl border-2 border-brand-100 bg-white">
        <table className="w-full border-collapse text-left text-lg 2xl:text-xl">
          <caption className="px-6 pb-3 pt-5 text-left text-2xl font-bold text-ink">
            {caption}
            <span className="ml-3 text-xl font-normal text-muted">共 {table.rows.length} 条</span>
          </caption>
          <thead>
            <tr className="bg-brand-700 text-white">
              {table.columns.map((column, c) => (
                <th key={c} scope="col" className={`whitespace-nowrap px-4 py-3 font-bold ${align(c)}`}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} className="border-t border-slate-200 even:bg-slate-50">
                {table.columns.map((_, c) => (
                  <td key={c} className={`px-4 py-3 align-top ${align(c)}`}>
                    {row[c] ?? ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.columns.length >= 6 && (
        <p className="mt-3 text-lg text-muted 2xl:hidden">表格较宽时，可以用手指在表格上左右滑动查看。</p>
      )}
      {hasPersonalData && (
        <p className="mt-3 text-lg text-muted">为保护个人信息，身份证号、手机号等已作脱敏处理。</p>
      )}
    </section>
  );
}
