using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.Workflows.Scoring;

/// <summary>
/// The standard-set file format (docs/domain/standard-set-format.md) in one place: reading a file into the model,
/// writing the model back, and the rules a set must follow. Import, export, the editor, the stored sets and the
/// <c>score</c> verb all go through here, so the format has one reader, one writer and one validator.
/// </summary>
public static class StandardSetFormat
{
    /// <summary>Criteria are numbered "1" up to this.</summary>
    public const int MaxCriterionNo = 15;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        // The format is strict JSON: comments and trailing commas are not part of it.
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        AllowTrailingCommas = false,
    };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Vietnamese names stay readable in the file instead of becoming \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a set file. A file with any problem (shape or rule) is refused as a whole; nulls of an incomplete set are not problems.</summary>
    public static StandardSetLoadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            return StandardSetLoadResult.Refused([new SetProblem("$", ScoringMessages.InvalidJson(ex.Message))]);
        }
    }

    public static StandardSetLoadResult Read(JsonElement root)
    {
        var problems = new List<SetProblem>();
        var set = SetReader.Read(root, problems);
        // The rules are checked only on a well-shaped file: on a half-read one they would repeat the shape problems.
        if (set is null || problems.Count > 0) return StandardSetLoadResult.Refused(problems);
        var broken = Validate(set);
        return broken.Count > 0 ? StandardSetLoadResult.Refused(broken) : new StandardSetLoadResult(set, []);
    }

    /// <summary>The set as a file: the format's property names, unknown values as <c>null</c>.</summary>
    public static string Write(StandardSet set)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, set);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, StandardSet set)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(set);
        SetWriter.Write(writer, set);
    }

    /// <summary>
    /// The rules of the format that the shape alone does not show, each problem at the JSON path it has in the file:
    /// used on every read, before every score, and by the editor on every change.
    /// </summary>
    public static IReadOnlyList<SetProblem> Validate(StandardSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return StandardSetValidator.Validate(set);
    }
}
