// How an identifier (an ID number) is shown anywhere outside the field it is filled into: the options
// page, the fill report, the popup. Only its last two characters, so the user can tell which one it is.
export function maskValue(value: string): string {
  return value ? '•'.repeat(6) + value.slice(-2) : value;
}
