using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace DanVan.Search.Querying;

/// <summary>
/// The terms segments were asked for and what each answered (the term's place in its dictionary and frequencies, or
/// that it has not got it): a segment never changes, so an answer holds for as long as the segment lives, across the
/// near-real-time reopens that keep it. Like the term cache Lucene 3 kept per segment, it spares a portal query seeking
/// the same words in every district's dictionaries again. One budget over every segment (<see cref="MaxTerms"/>): any
/// input, random words from a crawler included, keeps it bounded; when full it starts again empty. A segment is named
/// by a number, not held, so answers kept for a closed segment hold nothing of it and go at the next clearing.
/// </summary>
public sealed class SegmentTermStates(int maxTerms = SegmentTermStates.MaxTerms)
{
    /// <summary>Answers kept at most over every segment (a few hundred bytes each: ~12 MB).</summary>
    public const int MaxTerms = 50_000;

    private static readonly ConditionalWeakTable<object, StrongBox<long>> Segments = new();
    private static long _lastSegment;

    private readonly ConcurrentDictionary<(long Segment, Term Term), Found> _terms = new();
    private int _count;

    /// <summary>The answers kept for every portal query of the process.</summary>
    public static SegmentTermStates Shared { get; } = new();

    /// <summary>Answers kept now (counted apart: ConcurrentDictionary.Count takes every bucket's lock, on the path of every portal query).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The number naming the segment whose core is <paramref name="coreCacheKey"/> (the same for as long as it lives).</summary>
    public static long SegmentOf(object coreCacheKey) =>
        Segments.GetValue(coreCacheKey, static _ => new StrongBox<long>(Interlocked.Increment(ref _lastSegment))).Value;

    public bool TryGetValue(long segment, Term term, [MaybeNullWhen(false)] out Found found) => _terms.TryGetValue((segment, term), out found);

    public void Add(long segment, Term term, Found found)
    {
        if (Volatile.Read(ref _count) >= maxTerms)
        {
            _terms.Clear();
            Interlocked.Exchange(ref _count, 0);
        }

        if (_terms.TryAdd((segment, term), found))
        {
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>A term's state in the segment (null: the segment has not got it), only ever read once made.</summary>
    public sealed record Found(TermState? State, int DocFreq, long TotalTermFreq)
    {
        public static Found Absent { get; } = new(null, 0, 0);
    }
}
