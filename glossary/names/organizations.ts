// Organisations and companies by the word they end with (…大学, …研究院, …集团, …公司, …部, …委员会,
// …局). A suffix alone (设立研究院) or after a pronoun (该公司) is not a name.
import type { Category } from '../model.ts';

const COMPANY_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '公司', '集团'];
const ORGANIZATION_SUFFIXES = [
  '大学', '学院', '科学院', '工程院', '研究院', '研究所', '研究中心', '实验室', '委员会', '基金会', '协会', '学会', '联合会', '医院', '银行', '交易所',
  '人民政府', '政府', '管委会', '办公厅', '办公室', '部', '局', '署', '厅', '委', '院', '中心',
];

/** Words ending in an organisation suffix that are common nouns, not names. */
const COMMON = new Set([
  '全部', '内部', '外部', '东部', '西部', '南部', '北部', '中部', '局部', '干部', '总部', '顶部', '底部', '头部', '腰部', '部门', '各部', '本部', '俱乐部',
  '格局', '布局', '结局', '当局', '大局', '开局', '变局', '全局', '新局', '部署', '医院', '法院', '学院', '大学', '公司', '集团', '中心', '研究院', '研究所', '实验室',
  '委员会', '银行', '协会', '学会', '本公司', '该公司', '子公司', '分公司', '母公司', '上市公司', '科技公司', '企业集团', '核心', '重心', '信心', '决心', '初心',
  '政府', '地方政府', '省政府', '市政府', '各级政府', '数据中心', '研发中心', '创新中心', '服务中心', '高校',
]);

/** The organisation suffix `word` ends with and the category it gives, or null. */
export function organizationSuffix(word: string): { suffix: string; category: Category } | null {
  const company = COMPANY_SUFFIXES.find((s) => word.endsWith(s));
  if (company) return { suffix: company, category: 'company' };
  const org = ORGANIZATION_SUFFIXES.find((s) => word.endsWith(s));
  return org ? { suffix: org, category: 'organization' } : null;
}

/** Whether a word with an organisation suffix is a common noun (全部, 格局, 该公司, 数据中心). */
export function isCommonOrganizationWord(word: string): boolean {
  return COMMON.has(word);
}

/** Single-character suffixes are words of their own in many common compounds: they need a named head of two or more characters. */
export function needsLongHead(suffix: string): boolean {
  return suffix.length === 1;
}
