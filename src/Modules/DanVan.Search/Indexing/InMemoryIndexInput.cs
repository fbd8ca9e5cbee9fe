using Lucene.Net.Store;

namespace DanVan.Search.Indexing;

/// <summary>
/// An index file (or a compound file's part) read once into memory. A query clones an input for each term in each
/// segment: cloning this one copies four fields (no buffer, no registration), and reading copies from the array
/// (no system call, no lock on a shared file stream). The input Lucene opened gives its bytes back to the
/// <see cref="InMemoryIndexBudget"/> they were taken from when it is closed (its clones are never closed).
/// </summary>
public sealed class InMemoryIndexInput(string description, byte[] bytes, InMemoryIndexBudget? budget = null) : IndexInput(description)
{
    private int _position;
    private bool _isClone;
    private int _released;

    public override long Length => bytes.Length;

    /// <summary>
    /// Reads <paramref name="length"/> bytes of <paramref name="path"/> from <paramref name="offset"/>, charged to
    /// <paramref name="budget"/> when given: null when they do not fit in it.
    /// </summary>
    public static InMemoryIndexInput? Read(string description, string path, long offset, long length, InMemoryIndexBudget? budget)
    {
        if (budget is not null && !budget.TryTake(length))
        {
            return null;
        }

        try
        {
            return new InMemoryIndexInput(description, ReadBytes(path, offset, length, description), budget);
        }
        catch
        {
            budget?.Release(length);
            throw;
        }
    }

    /// <summary>Reads <paramref name="length"/> bytes of <paramref name="path"/> from <paramref name="offset"/>, charged to no budget.</summary>
    public static InMemoryIndexInput Read(string description, string path, long offset, long length) =>
        Read(description, path, offset, length, budget: null)!;

    private static byte[] ReadBytes(string path, long offset, long length, string description)
    {
        var bytes = new byte[checked((int)length)];
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(file, bytes.AsSpan(read), offset + read);
            if (n == 0)
            {
                throw new EndOfStreamException($"read past EOF: {description}");
            }

            read += n;
        }

        return bytes;
    }

    public override object Clone()
    {
        var clone = (InMemoryIndexInput)base.Clone();
        clone._isClone = true;
        return clone;
    }

    public override byte ReadByte()
    {
        if (_position >= bytes.Length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        return bytes[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        if (len > bytes.Length - _position)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        Buffer.BlockCopy(bytes, _position, b, offset, len);
        _position += len;
    }

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > bytes.Length)
        {
            throw new EndOfStreamException($"seek past EOF: {this}");
        }

        _position = (int)pos;
    }

    protected override void Dispose(bool disposing)
    {
        // The array goes with the last clone that reads it; its bytes leave the budget when Lucene closes the input it opened.
        if (disposing && !_isClone && budget is not null && Interlocked.Exchange(ref _released, 1) == 0)
        {
            budget.Release(bytes.Length);
        }
    }
}
