import type { Metadata } from "next";
import { ComingSoon } from "@/components/kiosk/coming-soon";

export const metadata: Metadata = { title: "办事指南" };

export default function GuidesPage() {
  return (
    <ComingSoon
      title="办事指南"
      purpose="办事指南会告诉您：办一件事需要什么条件、带哪些材料、到哪个窗口、多长时间能办好。"
      options={[
        <>
          点下方“查找办事指南”按钮，或点右上角“搜索”，输入事项名称（例如“低保”“出生登记”“社保卡”），各领域公开事项里的“办事指南”已经可以查看。
        </>,
        <>到道县政务服务中心的综合咨询窗口或相关部门窗口，请工作人员告诉您办理要求。</>,
        <>在乡镇（街道）办事的，可以到户籍所在地或居住地的便民服务中心咨询。</>,
      ]}
      secondary={{ href: "/search?q=办事指南", label: "查找办事指南" }}
    />
  );
}
