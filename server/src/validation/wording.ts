/** "a, b or c": how an error message lists the allowed values of an enumeration. */
export const orList = (values: readonly string[]) =>
  values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
