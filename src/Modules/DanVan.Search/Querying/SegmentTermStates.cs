using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace DanVan.Search.Querying;

/// <summary>
/// The terms a segment was asked for and what it answered (the term's place in its dictionary and frequencies, or
/// that it has not got it), kept with the segment's core: a segment never changes, so an answer holds for as long as
/// the segment lives (it goes with it), across the near-real-time reopens that keep it. Like the term cache Lucene 3
/// kept per segment, it spares a portal query seeking the same words in every district's dictionaries again.
/// </summary>
public sealed class SegmentTermStates
{
    /// <summary>Terms kept per segment (a few hundred bytes each); when full it starts again empty, so it stays bounded.</summary>
    public const int MaxTerms = 1024;

    private static readonly ConditionalWeakTable<object, SegmentTermStates> BySegment = new();

    private readonly ConcurrentDictionary<Term, Found> _terms = new();
    private int _added;

    /// <summary>The kept answers of the segment whose core is <paramref name="coreCacheKey"/>.</summary>
    public static SegmentTermStates Of(object coreCacheKey) => BySegment.GetValue(coreCacheKey, _ => new SegmentTermStates());

    public int Count => _terms.Count;

    public bool TryGetValue(Term term, [MaybeNullWhen(false)] out Found found) => _terms.TryGetValue(term, out found);

    public void Add(Term term, Found found)
    {
        // Counted apart: ConcurrentDictionary.Count takes every bucket's lock, on the path of every portal query.
        if (Volatile.Read(ref _added) >= MaxTerms)
        {
            _terms.Clear();
            Interlocked.Exchange(ref _added, 0);
        }

        if (_terms.TryAdd(term, found))
        {
            Interlocked.Increment(ref _added);
        }
    }


    /// <summary>A term's state in the segment (null: the segment has not got it), only ever read once made.</summary>
    public sealed record Found(TermState? State, int DocFreq, long TotalTermFreq)
    {
        public static Found Absent { get; } = new(null, 0, 0);
    }
}
