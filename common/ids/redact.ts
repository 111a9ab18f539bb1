// Masks anything in free text that looks like a resident ID number or a mainland mobile number, so
// logs (request URLs, error messages) never carry them in clear (DESIGN.md §6).
import { maskIdCard, maskPhone } from './idcard.ts';

const ID_NUMBER = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

export function redactPersonalData(text: string): string {
  return text.replace(ID_NUMBER, (m) => maskIdCard(m.toUpperCase())).replace(MOBILE, (m) => maskPhone(m));
}
