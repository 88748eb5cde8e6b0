/**
 * What the instructions of a run went to, read from `callgrind_annotate`'s flat profile: V8's
 * optimising compiler, the compiling of regular expressions, the collector, the parser, the
 * interpreter and inline caches (V8's builtins), the code V8 generated (no symbol), and the rest.
 * On a machine of two cores the optimising compiler runs beside the main thread, so the main
 * thread's share is the total without it.
 */

export const INSTRUCTION_KINDS = ['optimizing compiler', 'regexp compiler', 'collector', 'parser', 'builtins', 'generated code', 'other'] as const;

export type InstructionKind = (typeof INSTRUCTION_KINDS)[number];

export type InstructionCounts = Readonly<Record<InstructionKind | 'total', number>>;

/**
 * The symbols of each kind, tried in order (the first that matches decides). Only the compiler
 * of regular expressions is counted as theirs: matching runs in generated code or in the builtins.
 */
const KIND_OF_SYMBOL: readonly (readonly [InstructionKind, RegExp])[] = [
  ['optimizing compiler', /v8::internal::compiler::|v8::internal::Zone::|TurbofanCompilationJob|OptimizedCompilationJob/],
  [
    'regexp compiler',
    /RegExp(?:Compiler|Parser|Bytecode|MacroAssembler|Node|Text|Builder|Impl::Compile)|::RegExp::Compile|JSRegExp::Initialize|icu_\d+::UnicodeSet|CaseIndependent|CharacterRange|ChoiceNode|TextNode|QuickCheck/,
  ],
  ['collector', /Scaveng|Marking|MarkCompact|Sweep|Evacuat|Heap::|RememberedSet|MemoryChunk|PagedSpace|NewSpace|ConcurrentMarking/],
  ['parser', /v8::internal::(?:Scanner|Parser|PreParser|ParserBase|Utf16CharacterStream|BytecodeGenerator|interpreter::)/],
  ['builtins', /:Builtins_/],
  ['generated code', /\?\?\?:0x[0-9a-f]+ \[\?\?\?\]/],
];

/** The kind of one line of the flat profile ("1,234 (0.5%)  file:function [object]"). */
export function kindOf(symbol: string): InstructionKind {
  for (const [kind, pattern] of KIND_OF_SYMBOL) if (pattern.test(symbol)) return kind;
  return 'other';
}

/** Sums a flat profile (`callgrind_annotate --inclusive=no --threshold=100`) by kind. */
export function countByKind(annotated: string): InstructionCounts {
  const counts: Record<InstructionKind | 'total', number> = { total: 0, ...Object.fromEntries(INSTRUCTION_KINDS.map((kind) => [kind, 0])) } as Record<
    InstructionKind | 'total',
    number
  >;
  for (const line of annotated.split('\n')) {
    const m = /^\s*([\d,]+) \([\s\d.]+%\)\s+(.*)$/.exec(line);
    if (!m || m[2].startsWith('PROGRAM TOTALS')) continue;
    const count = Number(m[1].replace(/,/g, ''));
    counts[kindOf(m[2])] += count;
    counts.total += count;
  }
  return counts;
}

/** `a` minus `b`, kind by kind: a run net of another (the CLI net of its start). */
export function netCounts(a: InstructionCounts, b: InstructionCounts): InstructionCounts {
  return Object.fromEntries(Object.keys(a).map((key) => [key, a[key as keyof InstructionCounts] - b[key as keyof InstructionCounts]])) as InstructionCounts;
}
