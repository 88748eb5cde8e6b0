/** iconv-lite's generated single-byte tables (plain data: no Buffer, loads in a browser). */
declare module 'iconv-lite/encodings/sbcs-data-generated' {
  /** Per encoding, `chars`: the characters of bytes 0x80-0xFF (all 256 bytes for some tables). */
  const tables: Readonly<Record<string, { readonly type: string; readonly chars: string }>>;
  export = tables;
}
