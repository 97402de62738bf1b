using System.Buffers.Binary;
using System.Text;

namespace Portal.Benchmarks.Circuits.Protocol;

/// <summary>One frame of a batch's reference frames: the fields its type uses, the others left at their defaults.</summary>
public sealed record Frame(FrameType Type, int SubtreeLength, int ComponentId, string? Name, string? Value, ulong EventHandlerId);

/// <summary>One edit of a component's diff; <c>Index</c> is the reference frame (or, in a permutation, the sibling moved to).</summary>
public sealed record Edit(EditType Type, int SiblingIndex, int Index, string? RemovedAttributeName);

public sealed record ComponentDiff(int ComponentId, IReadOnlyList<Edit> Edits);

public sealed record DecodedBatch(IReadOnlyList<ComponentDiff> Diffs, IReadOnlyList<Frame> Frames, IReadOnlyList<int> DisposedComponentIds);

/// <summary>Frame types as Web.JS's RenderBatch.ts numbers them.</summary>
public enum FrameType { Element = 1, Text = 2, Attribute = 3, Component = 4, Region = 5, ElementReferenceCapture = 6, Markup = 8, NamedEvent = 10 }

/// <summary>Edit types as Web.JS's RenderBatch.ts numbers them.</summary>
public enum EditType { PrependFrame = 1, RemoveFrame = 2, SetAttribute = 3, RemoveAttribute = 4, UpdateText = 5, StepIn = 6, StepOut = 7, UpdateMarkup = 8, PermutationListEntry = 9, PermutationListEnd = 10 }

/// <summary>
/// Reads the binary render batch the server sends in <c>JS.RenderBatch</c>, as Web.JS's OutOfProcessRenderBatch.ts
/// does: five int32 offsets at the end (updated components, reference frames, disposed component ids, disposed event
/// handler ids, string table); arrays are an int32 count then entries; frames are 20 bytes (type, then 16 bytes whose
/// meaning depends on the type); strings are indices into a table of LEB128-length-prefixed UTF-8, -1 for null.
/// </summary>
public static class RenderBatchReader
{
    private const int FrameLength = 20, EditLength = 16;

    public static DecodedBatch Read(ReadOnlySpan<byte> data)
    {
        static int Int(ReadOnlySpan<byte> d, int at) => BinaryPrimitives.ReadInt32LittleEndian(d[at..]);
        var end = data.Length;
        var (updated, frames, disposed, strings) = (Int(data, end - 20), Int(data, end - 16), Int(data, end - 12), Int(data, end - 4));
        var table = new StringTable(data, strings);

        var frameList = new List<Frame>(Int(data, frames));
        for (var i = 0; i < frameList.Capacity; i++) frameList.Add(ReadFrame(data, frames + 4 + i * FrameLength, table));

        var diffs = new List<ComponentDiff>();
        for (var i = 0; i < Int(data, updated); i++)
        {
            var diff = Int(data, updated + 4 + i * 4);
            var edits = new List<Edit>(Int(data, diff + 4));
            for (var e = 0; e < edits.Capacity; e++)
            {
                var at = diff + 8 + e * EditLength;
                edits.Add(new Edit((EditType)Int(data, at), Int(data, at + 4), Int(data, at + 8), table.Read(Int(data, at + 12))));
            }
            diffs.Add(new ComponentDiff(Int(data, diff), edits));
        }

        var disposedIds = new List<int>();
        for (var i = 0; i < Int(data, disposed); i++) disposedIds.Add(Int(data, disposed + 4 + i * 4));
        return new DecodedBatch(diffs, frameList, disposedIds);
    }

    private static Frame ReadFrame(ReadOnlySpan<byte> data, int at, StringTable table)
    {
        var frame = data.Slice(at, FrameLength);
        static int Int(ReadOnlySpan<byte> f, int offset) => BinaryPrimitives.ReadInt32LittleEndian(f[offset..]);
        var type = (FrameType)Int(frame, 0);
        return type switch
        {
            FrameType.Element => new Frame(type, Int(frame, 4), 0, table.Read(Int(frame, 8)), null, 0),
            FrameType.Component => new Frame(type, Int(frame, 4), Int(frame, 8), null, null, 0),
            FrameType.Region => new Frame(type, Int(frame, 4), 0, null, null, 0),
            FrameType.Text or FrameType.Markup => new Frame(type, 1, 0, null, table.Read(Int(frame, 4)), 0),
            FrameType.Attribute => new Frame(type, 1, 0, table.Read(Int(frame, 4)), table.Read(Int(frame, 8)), BinaryPrimitives.ReadUInt64LittleEndian(frame[12..])),
            _ => new Frame(type, 1, 0, null, null, 0), // reference captures and named events: nothing a client without a DOM keeps
        };
    }

    /// <summary>The batch's strings, decoded once each (the writer deduplicates, so an index recurs).</summary>
    private readonly ref struct StringTable(ReadOnlySpan<byte> data, int start)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private readonly Dictionary<int, string> _read = [];

        public string? Read(int index)
        {
            if (index == -1) return null;
            if (_read.TryGetValue(index, out var known)) return known;
            var at = BinaryPrimitives.ReadInt32LittleEndian(_data[(start + index * 4)..]);
            var (length, shift) = (0, 0);
            byte b;
            do { b = _data[at++]; length |= (b & 0x7F) << shift; shift += 7; } while ((b & 0x80) != 0);
            return _read[index] = Encoding.UTF8.GetString(_data.Slice(at, length));
        }
    }
}
