/** What the kiosk indexes: one flat document per catalog item, disclosed record or service guide. */
export type SearchDocType = "item" | "record" | "guide";

export interface SearchDoc {
  /** `item:<key>`, `record:<key>`, `guide:<key>`: unique across types. */
  id: string;
  type: SearchDocType;
  /** Kiosk URL of the document, e.g. `/items/social-assistance-003`. */
  href: string;
  /** Display title: for an item "一级事项 · 二级事项"; for a record or guide its title. */
  title: string;
  /** Secondary text searched with less weight: 公开内容 / record body / guide conditions. */
  body: string;
  /** Other searchable metadata with low weight: 公开依据, 文号, publisher. */
  extra: string;
  domain: string; // domain name, e.g. 社会救助
  department: string; // department short name, e.g. 民政局
  levels: string[]; // 县级 / 乡级
  category?: string; // 五公开
  mode?: string; // 主动公开 / 依申请公开
  date?: string; // yyyy-mm-dd, records only
}

/** Facet filters: every set field must match (values within a field are OR-ed). */
export interface SearchFilters {
  type?: SearchDocType[];
  domain?: string[];
  department?: string[];
  level?: string[];
  category?: string[];
  mode?: string[];
}

export interface SearchHit {
  id: string;
  score: number;
  /** Terms of the document that matched, for highlighting (CJK substrings or Latin words). */
  matchedTerms: string[];
  /** True when the hit came from pinyin/initials matching rather than Han text. */
  viaPinyin: boolean;
}
