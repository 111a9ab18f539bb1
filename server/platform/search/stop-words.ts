// Words of a plain-language question that say nothing about what is wanted (我要…, …怎么办理,
// …需要什么材料). They are dropped from a query, unless nothing else is left.

export const STOP_WORDS: ReadonlySet<string> = new Set([
  // who and the wish
  '我', '我要', '我想', '我们', '一家', '一个', '想', '要', '想要', '需要', '请问', '帮我', '能', '能否', '可以', '可不可以', '应该', '得',
  // how, where, what
  '怎么', '怎么样', '怎样', '怎么办', '咋', '咋办', '如何', '在哪', '在哪里', '在哪儿', '哪里', '哪儿', '哪个', '哪些', '去哪', '什么', '啥',
  '多久', '多长时间', '多少', '几天',
  // the act of applying itself
  '办', '办理', '申请', '申办', '要办', '去办', '咨询', '一下', '手续', '流程', '材料', '资料', '条件', '步骤', '需', '须',
  // particles and fillers
  '的', '了', '吗', '呢', '啊', '吧', '呀', '么', '是', '在', '有', '个', '和', '与', '及', '或', '去', '给', '让', '把', '被', '就', '都', '也', '还',
]);

export const isStopWord = (word: string): boolean => STOP_WORDS.has(word);
