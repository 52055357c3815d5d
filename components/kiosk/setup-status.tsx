import type { EnrolledKiosk } from "@/app/_shared/sync/kiosk";
import type { KioskSyncState } from "@/app/_client/sync-loop";

export const STOPPED_MESSAGE = "本机已停用，请联系县政务公开办";

/** Where this terminal stands: not enrolled, enrolled (at which site), stopped or needing a new code. */
export function SetupStatus({ status, kiosk }: { status: KioskSyncState["kioskStatus"]; kiosk: EnrolledKiosk | null }) {
  if (status === "revoked") {
    return (
      <p role="alert" className="mb-8 rounded-xl border-2 border-accent-700 bg-red-50 px-6 py-5 text-2xl font-bold text-accent-700">
        {STOPPED_MESSAGE}
      </p>
    );
  }
  const text =
    status === "active" && kiosk
      ? `本机已注册：${kiosk.siteName} ${kiosk.label}`
      : status === "invalid"
        ? "本机的注册凭证已失效，请输入新的注册码重新注册。"
        : "本机尚未注册。请输入县政务公开办发放的注册码。";
  return <p className="mb-8 rounded-xl border-2 border-brand-100 bg-white px-6 py-5 text-2xl">{text}</p>;
}
