import Link from "next/link";
import { GuideQr } from "./guide-qr";

const printLink =
  "flex min-h-[72px] w-full items-center justify-center gap-3 rounded-xl border-2 border-brand-700 bg-white px-4 text-xl font-bold text-brand-700 shadow-sm hover:bg-brand-50";

function PrinterIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="h-8 w-8 shrink-0" fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round">
      <path d="M7 8V3h10v5" />
      <rect x="3" y="8" width="18" height="9" rx="2" />
      <path d="M7 14h10v7H7z" />
    </svg>
  );
}

/** "Take it with you": the QR code to the phone page and the two printed checklists. */
export function GuideTakeAway({ guideId, phoneUrl }: { guideId: string; phoneUrl: string | null }) {
  return (
    <aside aria-labelledby="take-away-heading" className="space-y-4 rounded-2xl border-2 border-brand-100 bg-white px-6 py-5 shadow-sm">
      <h2 id="take-away-heading" className="text-2xl font-bold text-ink">
        带走办事指南
      </h2>
      <div className="flex flex-wrap items-center justify-center gap-6 2xl:flex-col">
        <GuideQr url={phoneUrl} />
        <div className="flex min-w-[320px] flex-1 flex-col gap-3 2xl:w-full">
          <Link href={`/print/guides/${guideId}?format=a4`} className={printLink}>
            <PrinterIcon />
            打印材料清单（A4）
          </Link>
          <Link href={`/print/guides/${guideId}?format=receipt`} className={printLink}>
            <PrinterIcon />
            打印材料清单（小票）
          </Link>
        </div>
      </div>
    </aside>
  );
}
