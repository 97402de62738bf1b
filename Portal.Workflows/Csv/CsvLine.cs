using System.Text;

namespace Portal.Workflows.Csv;

/// <summary>Splits one RFC 4180 line (commas, optional double quotes, "" inside quotes). Null if a quote is unclosed.</summary>
public static class CsvLine
{
    public static List<string>? Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"') { current.Append(c); continue; }
                if (i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; continue; }
                quoted = false;
            }
            else if (c == '"' && current.Length == 0) quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        if (quoted) return null;
        fields.Add(current.ToString());
        return fields;
    }
}
