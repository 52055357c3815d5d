import type { Metadata } from "next";
import { ComingSoon } from "@/components/kiosk/coming-soon";

export const metadata: Metadata = { title: "进度查询" };

export default function TrackPage() {
  return (
    <ComingSoon
      title="进度查询"
      purpose="提交政府信息公开申请或咨询后，可以在这里用回执上的查询编号和手机号后四位，查看办理到了哪一步。"
      options={[
        <>带上回执（或查询编号）到道县政务服务中心政务公开窗口，请工作人员帮您查询。</>,
        <>政府部门作出答复后，会按您申请时留下的联系方式通知您。</>,
        <>依申请公开一般在收到申请之日起 20 个工作日内答复；需要延长答复期限的，会另行告知您。</>,
      ]}
    />
  );
}
