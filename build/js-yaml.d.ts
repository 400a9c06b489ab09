// js-yaml ships no types; this is the one function build/ and its tests use.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
