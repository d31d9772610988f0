// Titles and roles that stand right before or after a person's name in the bulletin's sources
// (中国科学院院士戴琼海, 李强总理): the strongest cue that the characters next to them are a name.
export const TITLES = new Set([
  '院士', '教授', '副教授', '研究员', '副研究员', '博士', '部长', '副部长', '主任', '副主任', '书记', '副书记', '主席', '副主席', '总理', '副总理',
  '院长', '副院长', '校长', '副校长', '所长', '副所长', '局长', '副局长', '司长', '处长', '董事长', '副董事长', '总经理', '副总经理', '总裁',
  '副总裁', '首席科学家', '首席执行官', '总工程师', '总设计师', '总指挥', '省长', '副省长', '市长', '副市长', '区长', '县长', '委员', '常委',
  '主委', '理事长', '秘书长', '会长', '创始人', '负责人', '团队', '课题组', '代表', '总师', '工程师', '科学家', '专家', '学者', '同志', '先生', '女士',
]);

/** Verbs of saying that follow a speaker's name (戴琼海说, 金壮龙指出): a cue for the name before them only. */
export const SPEECH_VERBS = new Set(['说', '表示', '指出', '认为', '介绍', '强调', '透露', '称', '坦言', '回忆', '解释', '告诉']);
