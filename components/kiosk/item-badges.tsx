import { Badge } from "@/components/ui/badge";
import type { Level } from "@/app/_shared/catalog/schema";

interface ItemBadgesProps {
  levels: Level[];
  category: string;
  mode: string;
}

/** 公开层级, 五公开 category and 主动/依申请 as text badges. */
export function ItemBadges({ levels, category, mode }: ItemBadgesProps) {
  return (
    <span className="flex flex-wrap gap-2">
      {levels.map((level) => (
        <Badge key={level} tone="blue" srPrefix="公开层级：">
          {level}
        </Badge>
      ))}
      <Badge tone="amber" srPrefix="五公开类别：">
        {category}
      </Badge>
      <Badge tone={mode === "主动公开" ? "green" : "gray"} srPrefix="公开方式：">
        {mode}
      </Badge>
    </span>
  );
}
