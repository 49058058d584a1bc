// The example app is JavaScript; this file only gives its tsconfig.json an input.
export {};
