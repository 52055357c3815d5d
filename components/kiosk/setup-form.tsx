"use client";

import { useEffect, useState } from "react";
import { openKioskDb, readIdentity } from "@/app/_client/db";
import { enrollThisKiosk } from "@/app/_client/enrollment";
import { refreshIdentity } from "@/app/_client/sync-loop";
import { useKioskSyncState } from "@/app/_client/use-kiosk-sync-state";
import type { EnrolledKiosk } from "@/app/_shared/sync/kiosk";
import { SetupErrorSummary } from "./setup-error-summary";
import { SetupStatus } from "./setup-status";

const FIELD = "enrollment-code";

/** Letters, digits, spaces and hyphens only, upper case: what a code printout shows. */
const cleanCode = (raw: string) => raw.toUpperCase().replace(/[^0-9A-Z\s-]/g, "");

/**
 * Enrollment for hall staff: the code from the county office becomes this terminal's device token.
 * Errors follow the GOV.UK pattern (summary with focus, inline message, aria-invalid/-describedby).
 */
export function SetupForm() {
  const { kioskStatus } = useKioskSyncState();
  const [kiosk, setKiosk] = useState<EnrolledKiosk | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [enrolled, setEnrolled] = useState<EnrolledKiosk | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  // The stored enrollment, confirmed by a heartbeat: a revoked terminal learns it here at once.
  useEffect(() => {
    openKioskDb()
      .then(readIdentity)
      .then((identity) => {
        setKiosk(identity?.kiosk ?? null);
        return refreshIdentity();
      })
      .catch((err: unknown) => console.error("kiosk identity unreadable", err));
  }, []);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setEnrolled(null);
    try {
      const outcome = await enrollThisKiosk(await openKioskDb(), code);
      if (!outcome.ok) {
        setError(outcome.message);
        return;
      }
      setError(null);
      setEnrolled(outcome.kiosk);
      setKiosk(outcome.kiosk);
      setCode("");
      await refreshIdentity();
    } catch (err) {
      console.error("kiosk enrollment failed", err);
      setError("本机存储无法使用，请重启一体机后重试。");
    } finally {
      setSubmitting(false);
    }
  }

  const describedBy = error ? `${FIELD}-hint ${FIELD}-error` : `${FIELD}-hint`;
  return (
    <div className="mx-auto max-w-4xl">
      {error && <SetupErrorSummary message={error} fieldId={FIELD} />}
      {enrolled ? (
        <p role="status" className="mb-8 rounded-xl border-2 border-emerald-700 bg-emerald-50 px-6 py-5 text-2xl font-bold text-emerald-900">
          注册成功：{enrolled.siteName} {enrolled.label}
        </p>
      ) : (
        <SetupStatus status={kioskStatus} kiosk={kiosk} />
      )}
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-6 rounded-2xl border-2 border-brand-100 bg-white px-8 py-8 shadow-sm">
        <div className={error ? "border-l-8 border-accent-700 pl-5" : ""}>
          <label htmlFor={FIELD} className="block text-3xl font-bold text-ink">
            注册码
          </label>
          <p id={`${FIELD}-hint`} className="mt-2 text-xl text-muted">
            共 8 位字母和数字，印在县政务公开办发放的注册单上，如 ABCD-EFGH。
          </p>
          {error && (
            <p id={`${FIELD}-error`} className="mt-2 text-xl font-bold text-accent-700">
              <span className="sr-only">错误：</span>
              {error}
            </p>
          )}
          <input
            id={FIELD}
            name="code"
            type="text"
            value={code}
            onChange={(e) => setCode(cleanCode(e.target.value))}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            className={`mt-3 block min-h-[72px] w-full max-w-md rounded-xl border-2 bg-white px-5 font-mono text-3xl uppercase tracking-widest ${error ? "border-accent-700" : "border-brand-700"}`}
          />
        </div>
        <button
          type="submit"
          disabled={isSubmitting}
          className="inline-flex min-h-[72px] min-w-[200px] items-center justify-center rounded-xl bg-brand-700 px-8 text-2xl font-bold text-white hover:bg-brand-800 disabled:bg-slate-500"
        >
          {isSubmitting ? "正在注册…" : "注册本机"}
        </button>
      </form>
    </div>
  );
}
