/**
 * Words residents wrap around what they look for (低保怎么办, 请问户口迁移在哪里办). They never
 * appear in catalog titles, so left in they make an AND query fail or pick an odd FAQ answer.
 * Kept as data; longest first so 怎么办 goes before 怎么.
 */
const QUESTION_WORDS = [
  "需要什么材料", "要带什么材料", "需要带什么", "需要什么", "要带什么", "要什么",
  "怎么办理", "如何办理", "怎么申请", "如何申请", "在哪里办", "去哪里办", "在哪办",
  "怎么办", "怎么样", "怎么", "怎样", "如何", "在哪里", "在哪儿", "去哪里", "去哪", "在哪", "哪里",
  "有哪些", "哪些", "什么", "可以吗", "能不能", "请问", "我想", "我要", "吗", "呢", "啊",
].sort((a, b) => b.length - a.length);

/** The query without question words; the query itself when nothing else would remain. */
export function stripQuestionWords(query: string): string {
  let rest = query;
  for (const word of QUESTION_WORDS) rest = rest.split(word).join(" ");
  rest = rest.replace(/\s+/g, " ").trim();
  return rest.length > 0 ? rest : query;
}
