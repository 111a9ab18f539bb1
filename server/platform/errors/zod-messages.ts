// Field-level messages for zod validation issues, in zh-CN and en.
import type { z } from 'zod';
import type { FieldError, LocalizedText } from './app-error.ts';

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  date: '日期',
  bigint: '整数',
};

function describe(issue: Issue): LocalizedText {
  // A schema's own message, written as "中文 / English", says it best.
  if (issue.message.includes(' / ')) return splitMessage(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(issue.expected);
      const missing = (issue as { input?: unknown }).input === undefined;
      if (missing) return { zh: '必填', en: 'is required' };
      return { zh: `应为${typeNames[expected] ?? expected}`, en: `must be ${expected}` };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return { zh: `至少 ${min} 个字符`, en: `must be at least ${min} characters` };
      if (issue.origin === 'array') return { zh: `至少 ${min} 项`, en: `must have at least ${min} items` };
      return { zh: `不能小于 ${min}`, en: `must be at least ${min}` };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return { zh: `最多 ${max} 个字符`, en: `must be at most ${max} characters` };
      if (issue.origin === 'array') return { zh: `最多 ${max} 项`, en: `must have at most ${max} items` };
      return { zh: `不能大于 ${max}`, en: `must be at most ${max}` };
    }
    case 'invalid_format':
      return { zh: `格式不正确（${issue.format}）`, en: `has an invalid format (${issue.format})` };
    case 'invalid_value':
      return {
        zh: `取值应为：${issue.values.map(String).join('、')}`,
        en: `must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'unrecognized_keys':
      return { zh: `不认识的字段：${issue.keys.join('、')}`, en: `unknown fields: ${issue.keys.join(', ')}` };
    case 'not_multiple_of':
      return { zh: `应为 ${String(issue.divisor)} 的倍数`, en: `must be a multiple of ${String(issue.divisor)}` };
    default:
      // Custom refinements carry their own text as "中文 / English".
      return splitMessage(issue.message);
  }
}

/** A refinement message written as "中文 / English" becomes both texts. */
export function splitMessage(message: string): LocalizedText {
  const at = message.indexOf(' / ');
  return at > 0 ? { zh: message.slice(0, at), en: message.slice(at + 3) } : { zh: message, en: message };
}

export function zodIssuesToFields(issues: readonly Issue[], prefix?: string): FieldError[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: describe(issue),
  }));
}
