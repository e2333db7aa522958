import { describe, expect, it } from 'vitest';
import { derivePhone } from '~/lib/resume/derive/phone';

describe('derivePhone', () => {
  it.each([
    ['17012345678', '86', '17012345678'],
    ['170 1234 5678', '86', '17012345678'],
    ['170-1234-5678', '86', '17012345678'],
    ['+86 137 1234 5678', '86', '13712345678'],
    ['(+86) 137-1234-5678', '86', '13712345678'],
    ['0086 13712345678', '86', '13712345678'],
    ['86-13712345678', '86', '13712345678'],
    ['+1 415 555 0100', '1', '4155550100'],
    ['+852 5123 4567', '852', '51234567'],
    ['+44 7911 123456', '44', '7911123456'],
  ])('%s → +%s %s', (raw, countryCode, national) => {
    expect(derivePhone(raw)).toMatchObject({
      raw,
      countryCode,
      national,
      e164: `+${countryCode}${national}`,
    });
  });

  it('calls an 11-digit 1xx number a mainland mobile', () => {
    expect(derivePhone('17012345678')?.mobile).toBe(true);
    expect(derivePhone('13712345678')?.mobile).toBe(true);
  });

  it('does not claim a landline is a mobile', () => {
    const phone = derivePhone('010-12345678');
    expect(phone).toMatchObject({ countryCode: '86', national: '1012345678', e164: '+861012345678' });
    expect(phone?.mobile).not.toBe(true);
  });

  it.each(['call me', 'n/a', '12', 'WeChat: lisiyuan'])('rejects %s', (raw) => {
    expect(derivePhone(raw)).toBeNull();
  });
});
