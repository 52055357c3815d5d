import type { Metadata } from "next";
import { SetupForm } from "@/components/kiosk/setup-form";
import { PageHeading } from "@/components/ui/page-heading";

// For hall staff setting up a terminal: reachable by its address only, never linked from kiosk pages.
export const metadata: Metadata = { title: "本机注册", robots: { index: false } };

export default function SetupPage() {
  return (
    <>
      <PageHeading title="本机注册" lead="由大厅工作人员操作：输入县政务公开办发放的注册码，本机即登记到所在的服务中心。" />
      <SetupForm />
    </>
  );
}
