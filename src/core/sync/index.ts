export * from './checksum';
export * from './chunks';
export * from './merge';
export * from './snapshot';
export * from './area';
