import { describe, expect, it } from 'vitest';
import { saveErrorMessage } from './save-messages.js';

describe('saveErrorMessage', () => {
  it('asks for the token when none was given, and says it was refused when one was', () => {
    expect(saveErrorMessage('AUTH_REQUIRED', 'this endpoint writes', false)).toMatch(/needs its token.*Token field/);
    expect(saveErrorMessage('AUTH_REQUIRED', 'the token does not match', true)).toMatch(/refused this token/);
  });

  it('names the cause for a server without a store, unreadable articles, size and lost connections', () => {
    expect(saveErrorMessage('REQUEST_INVALID', 'invalid body: store is true but this server has no store', false)).toMatch(/readout serve --db/);
    expect(saveErrorMessage('REQUEST_INVALID', 'invalid body: date must be YYYY-MM-DD', false)).toBe('The request was refused: invalid body: date must be YYYY-MM-DD.');
    expect(saveErrorMessage('HTML_NO_BODY', 'no readable body', false)).toBe('The article could not be read: no readable body.');
    expect(saveErrorMessage('INPUT_TOO_LARGE', 'too big', false)).toMatch(/10 MB/);
    expect(saveErrorMessage('NETWORK', 'x', false)).toMatch(/could not be reached/);
    expect(saveErrorMessage('STAGE_FAILED', 'boom', true)).toBe('Could not save: boom (STAGE_FAILED).');
  });
});
