/** What to tell the user when storing a pasted article failed, from the API's stable error code. */
export function saveErrorMessage(code: string, message: string, tokenGiven: boolean): string {
  switch (code) {
    case 'AUTH_REQUIRED':
      return tokenGiven
        ? 'The server refused this token. Check it and try again (it is the --token or READOUT_TOKEN the server was started with).'
        : 'This server needs its token to store articles: enter it in the Token field.';
    case 'REQUEST_INVALID':
      return /no store/.test(message)
        ? 'This server has no store: start it with readout serve --db FILE to save articles.'
        : `The request was refused: ${message}.`;
    case 'INPUT_TOO_LARGE':
      return 'The article is larger than the server accepts (10 MB).';
    case 'INPUT_EMPTY':
    case 'INPUT_BINARY':
    case 'INPUT_ENCODING':
    case 'INPUT_FORMAT':
    case 'HTML_NO_BODY':
    case 'INPUT_UNREADABLE':
      return `The article could not be read: ${message}.`;
    case 'NETWORK':
      return 'The server could not be reached: is readout serve still running?';
    default:
      return `Could not save: ${message} (${code}).`;
  }
}
