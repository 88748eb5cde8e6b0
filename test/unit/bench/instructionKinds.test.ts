/** The instruction counts of `npm run bench:instructions` are summed by kind from callgrind_annotate's flat profile. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countByKind, kindOf, netCounts } from '../../../bench/instructionKinds';

/** Lines as callgrind_annotate 3.19 prints them (`--inclusive=no`), shortened. */
const FLAT_PROFILE = `--------------------------------------------------------------------------------
Ir
--------------------------------------------------------------------------------
2,000 (100.0%)  PROGRAM TOTALS

--------------------------------------------------------------------------------
Ir                   file:function
--------------------------------------------------------------------------------
500 (25.00%)  ???:Builtins_LoadIC [/usr/bin/node]
400 (20.00%)  ???:v8::internal::compiler::GraphReducer::Reduce(v8::internal::compiler::Node*) [/usr/bin/node]
300 (15.00%)  ???:0x000000000d0b1b40 [???]
200 (10.00%)  ???:icu_78::UnicodeSet::add(int) [/usr/bin/node]
150 ( 7.50%)  ???:v8::internal::TextNode::TextEmitPass(v8::internal::RegExpCompiler*, bool) [/usr/bin/node]
120 ( 6.00%)  ???:heap::base::SlotCallbackResult v8::internal::Scavenger::ScavengeObject<v8::internal::FullHeapObjectSlot>(v8::internal::FullHeapObjectSlot) [/usr/bin/node]
100 ( 5.00%)  ???:v8::internal::Scanner::Next() [/usr/bin/node]
 80 ( 4.00%)  ./malloc/./malloc/malloc.c:_int_free [/usr/lib/x86_64-linux-gnu/libc.so.6]
`;

describe('instruction kinds', () => {
  it('tells the optimising compiler, the regexp compiler, the collector, the parser, the builtins and generated code apart', () => {
    assert.equal(kindOf('???:v8::internal::compiler::GraphReducer::ReduceTop() [/usr/bin/node]'), 'optimizing compiler');
    assert.equal(kindOf('???:v8::internal::JSRegExp::Initialize(v8::internal::Handle<v8::internal::JSRegExp>) [/usr/bin/node]'), 'regexp compiler');
    assert.equal(kindOf('???:v8::internal::MarkCompactCollector::Sweep() [/usr/bin/node]'), 'collector');
    assert.equal(kindOf('???:v8::internal::ParserBase<v8::internal::PreParser>::ParseExpressionCoverGrammar() [/usr/bin/node]'), 'parser');
    assert.equal(kindOf('???:Builtins_RegExpPrototypeExec [/usr/bin/node]'), 'builtins', 'matching a pattern is not compiling it');
    assert.equal(kindOf('???:0x000000000d084000 [???]'), 'generated code');
    assert.equal(kindOf('./malloc/./malloc/malloc.c:malloc [/usr/lib/x86_64-linux-gnu/libc.so.6]'), 'other');
  });

  it('sums a flat profile by kind, without its total line', () => {
    const counts = countByKind(FLAT_PROFILE);
    assert.deepEqual(counts, {
      total: 1850,
      'optimizing compiler': 400,
      'regexp compiler': 350,
      collector: 120,
      parser: 100,
      builtins: 500,
      'generated code': 300,
      other: 80,
    });
  });

  it('nets one run of another kind by kind', () => {
    const net = netCounts(countByKind(FLAT_PROFILE), countByKind(FLAT_PROFILE.replace('500 (25.00%)', '100 ( 5.00%)')));
    assert.equal(net.total, 400);
    assert.equal(net.builtins, 400);
    assert.equal(net['optimizing compiler'], 0);
  });
});
