/** One problem with one input field, in Dutch, addressed by its path ("child.dateOfBirth"). */
export interface FieldError {
  path: string;
  message: string;
}
