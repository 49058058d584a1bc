// Ambient declarations for the admin build (none needed yet).
export {};
