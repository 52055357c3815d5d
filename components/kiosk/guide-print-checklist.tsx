import type { GuideElements } from "@/app/_shared/guides/schema";
import { copiesLabel } from "./guide-labels";

type Materials = GuideElements["materials"];

const BOX = <span aria-hidden className="font-sans">☐</span>;

/** A4: the materials as a table with a box to tick in the first column. */
function A4Checklist({ materials }: { materials: Materials }) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">申请材料清单</caption>
      <thead>
        <tr className="border-b-2 border-black">
          {["", "材料名称", "必要性", "形式", "份数", "备注"].map((c, i) => (
            <th key={i} scope="col" className="px-[1mm] py-[1mm] font-bold whitespace-nowrap">
              {c || <span className="sr-only">勾选</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {materials.map((m, i) => (
          <tr key={i} className="break-inside-avoid border-b border-neutral-400 align-top">
            <td className="px-[1mm] py-[1mm] text-[14pt] leading-none">{BOX}</td>
            <th scope="row" className="px-[1mm] py-[1mm] font-bold">{m.name}</th>
            <td className="px-[1mm] py-[1mm] whitespace-nowrap">【{m.necessity}】</td>
            <td className="px-[1mm] py-[1mm] whitespace-nowrap">{m.form}</td>
            <td className="px-[1mm] py-[1mm] whitespace-nowrap">{copiesLabel(m.copies, m.form)}</td>
            <td className="px-[1mm] py-[1mm] text-[9pt] leading-[1.35]">
              {m.notes}
              {m.sample && <span className="block">样表：{m.sample}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 80 mm receipt: one material per line with its box; notes are left to the phone page. */
function ReceiptChecklist({ materials }: { materials: Materials }) {
  return (
    <ul className="space-y-[1.5mm]">
      {materials.map((m, i) => (
        <li key={i} className="flex gap-[1.5mm] break-inside-avoid">
          {BOX}
          <span>
            <span className="font-bold">{m.name}</span>
            <span className="block">
              【{m.necessity}】{m.form} · {copiesLabel(m.copies, m.form)}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** 申请材料 with ☐ boxes to tick while gathering them; 必要性 is written in 【】, never shown by colour. */
export function GuidePrintChecklist({ materials, format }: { materials: Materials; format: "a4" | "receipt" }) {
  return format === "a4" ? <A4Checklist materials={materials} /> : <ReceiptChecklist materials={materials} />;
}
