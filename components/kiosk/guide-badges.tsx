import { Badge } from "@/components/ui/badge";
import { visitsLabel } from "./guide-labels";

interface GuideBadgesProps {
  visits: number;
  isOnline: boolean;
  isKioskSupported?: boolean;
}

/** 到现场次数, 是否网办 and (optionally) 终端办理 as text badges; the words carry the meaning. */
export function GuideBadges({ visits, isOnline, isKioskSupported }: GuideBadgesProps) {
  return (
    <span className="flex flex-wrap gap-2">
      <Badge tone={visits === 0 ? "green" : "blue"} srPrefix="到现场次数：">
        {visitsLabel(visits)}
      </Badge>
      <Badge tone={isOnline ? "green" : "gray"} srPrefix="是否网办：">
        {isOnline ? "可网上办" : "需到窗口办"}
      </Badge>
      {isKioskSupported !== undefined && (
        <Badge tone={isKioskSupported ? "green" : "gray"} srPrefix="终端办理：">
          {isKioskSupported ? "自助终端可办" : "自助终端不可办"}
        </Badge>
      )}
    </span>
  );
}
