import { ButtonLink, HomeIcon } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";

interface ComingSoonProps {
  title: string;
  /** What this function will do once it is open. */
  purpose: string;
  /** What the resident can do today, in order of convenience. */
  options: React.ReactNode[];
  /** Extra content between the notice and the options (e.g. the carried-over search text). */
  children?: React.ReactNode;
  /** A second big button, e.g. to the search page. */
  secondary?: { href: string; label: string };
}

/** A self-service function that is not open yet: never an error, always a next step. */
export function ComingSoon({ title, purpose, options, children, secondary }: ComingSoonProps) {
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeading title={title} lead={purpose} />
      <div className="mb-6 flex items-start gap-4 rounded-2xl border-2 border-amber-700 bg-amber-50 px-6 py-5 text-amber-950">
        <svg aria-hidden viewBox="0 0 24 24" className="mt-1 h-9 w-9 shrink-0" fill="none" stroke="currentColor" strokeWidth={2}>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7v5l3 2" strokeLinecap="round" />
        </svg>
        <p className="text-2xl font-semibold">本机的“{title}”自助功能正在开通中，暂时还不能在这里直接办理。</p>
      </div>
      {children}
      <section aria-labelledby="now-heading" className="mb-8 rounded-2xl border-2 border-brand-100 bg-white px-6 py-6">
        <h2 id="now-heading" className="mb-4 text-3xl font-bold text-ink">
          您现在可以这样做
        </h2>
        <ol className="space-y-4 text-xl leading-relaxed">
          {options.map((option, index) => (
            <li key={index} className="flex gap-4">
              <span aria-hidden className="grid h-10 w-10 shrink-0 place-items-center rounded-full bg-brand-700 text-xl font-bold text-white">
                {index + 1}
              </span>
              <span className="pt-1">{option}</span>
            </li>
          ))}
        </ol>
        <p className="mt-6 border-t border-slate-200 pt-4 text-xl text-muted">
          工作时间：周一至周五（法定节假日除外），具体时间以大厅公示为准。办理时请带上本人身份证。
        </p>
      </section>
      <div className="flex flex-wrap gap-4">
        <ButtonLink href="/">
          <HomeIcon />
          返回首页
        </ButtonLink>
        {secondary && (
          <ButtonLink href={secondary.href} variant="secondary">
            {secondary.label}
          </ButtonLink>
        )}
      </div>
    </div>
  );
}
