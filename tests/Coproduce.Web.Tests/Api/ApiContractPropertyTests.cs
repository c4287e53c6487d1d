using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Json.Schema;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Api;

/// <summary>
/// Reads the OpenAPI document the app serves, makes request bodies from its schemas (some as the schema says, some
/// broken in one named place), posts them over HTTP with a valid token, and checks the API keeps to its document:
/// never a 500; a body it accepts is one the schema allows (by an independent validator, JsonSchema.Net); a body it
/// refuses gets a problem naming the field, the broken one when one was broken. About 300 requests in all.
/// </summary>
public class ApiContractPropertyTests
{
    private const int RequestsPerOperation = 300;

    // Letters, digits and the punctuation of names, phone numbers and addresses, Welsh letters, and a tab.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     +()-@.,'ŵŷâêéWYz\t";

    [Fact]
    public async Task Every_body_the_API_accepts_is_one_its_document_allows_and_every_refusal_names_the_field()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        using var client = world.Client(world.TimebankToken.Secret);
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), ct))!;
        var operations = BodyOperations(document);
        Assert.NotEmpty(operations);
        var before = await CountPeopleAsync(world);
        var accepted = 0;
        var refusedWhole = 0;
        var refusedBroken = 0;

        foreach (var (path, schema) in operations)
        {
            var validator = JsonSchema.FromText(schema.ToJsonString());
            var evaluation = new EvaluationOptions { RequireFormatValidation = true };
            var fields = FieldNames(schema, prefix: string.Empty).ToHashSet(StringComparer.Ordinal);
            var cases = Gen.Frequency(
                (2, Valid(schema).Select(body => ((JsonObject)body!, (string?)null))),
                (3, Broken(schema).Select(broken => (broken.Body, (string?)broken.Field))));

            await cases.SampleAsync(async sample =>
            {
                var (body, broken) = sample;
                var text = body.ToJsonString();
                using var content = new StringContent(text, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content, ct);
                var answer = await response.Content.ReadAsStringAsync(ct);
                var status = (int)response.StatusCode;
                Assert.True(status < 500, $"{status} for {text}: {answer}");
                using var sent = JsonDocument.Parse(text);
                var allowed = validator.Evaluate(sent.RootElement, evaluation).IsValid;
                Assert.True(broken is null || !allowed, $"The test meant to break {broken}, but the schema allows {text}");
                if (response.IsSuccessStatusCode)
                {
                    Assert.True(allowed, $"Accepted with {status}, but the schema does not allow it: {text}");
                    Interlocked.Increment(ref accepted);
                    return;
                }

                Assert.True(status == 400, $"Expected 400, got {status} for {text}: {answer}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var named = JsonNode.Parse(answer)!["errors"]!.AsObject().Select(e => e.Key).ToList();
                Assert.True(named.Count > 0, $"A refusal with no field named: {answer}");
                if (broken is not null)
                {
                    Assert.True(named.Contains(broken), $"Broke {broken} in {text}, but the refusal names {string.Join(", ", named)}");
                    Interlocked.Increment(ref refusedBroken);
                }
                else
                {
                    // A body the schema allows can still break a rule of Core's (an email address that isn't one).
                    Assert.True(named.All(fields.Contains), $"A refusal names a field the document doesn't have: {answer}");
                    Interlocked.Increment(ref refusedWhole);
                }
            }, iter: RequestsPerOperation, threads: 1, print: s => $"{s.Item1.ToJsonString()} (broken: {s.Item2 ?? "nothing"})");
        }

        TestContext.Current.SendDiagnosticMessage($"Accepted {accepted}; refused {refusedWhole} by Core's rules and {refusedBroken} broken on purpose.");
        Assert.True(accepted > 0 && refusedWhole > 0 && refusedBroken > 0, $"Too narrow: accepted {accepted}, refused {refusedWhole}, broken {refusedBroken}");
        Assert.Equal(before + accepted, await CountPeopleAsync(world));
    }

    /// <summary>Each operation of the document that takes a JSON body at a path with no parameters, with its schema resolved.</summary>
    private static List<(string Path, JsonObject Schema)> BodyOperations(JsonNode document) =>
    [
        .. from path in document["paths"]!.AsObject()
           where !path.Key.Contains('{', StringComparison.Ordinal)
           from operation in path.Value!.AsObject()
           let schema = operation.Value?["requestBody"]?["content"]?["application/json"]?["schema"]
           where schema is not null
           select (path.Key, (JsonObject)Resolve(schema, document)),
    ];

    // Copies a schema with every "#/components/schemas/..." reference replaced by what it names.
    private static JsonNode Resolve(JsonNode schema, JsonNode document) => schema switch
    {
        JsonObject o when o["$ref"]?.GetValue<string>() is { } reference =>
            Resolve(reference.Split('/').Skip(1).Aggregate(document, (node, part) => node[part]!), document),
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Resolve(p.Value, document)))),
        JsonArray a => new JsonArray([.. a.Select(i => i is null ? null : Resolve(i, document))]),
        _ => schema.DeepClone(),
    };

    private static IEnumerable<string> FieldNames(JsonNode schema, string prefix)
    {
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? new JsonObject())
        {
            yield return prefix + name;
            foreach (var nested in FieldNames(property!, prefix + name + "."))
            {
                yield return nested;
            }
        }
    }

    private static string[] Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => schema["properties"] is not null ? ["object"] : ["string"],
    };

    /// <summary>A value the schema allows.</summary>
    private static Gen<JsonNode?> Valid(JsonNode schema)
    {
        if (schema["enum"] is JsonArray values)
        {
            return Gen.OneOf(values.ToArray()).Select(v => v?.DeepClone());
        }

        return Gen.Frequency([.. Types(schema).Select<string, (int, IGen<JsonNode?>)>(type => type switch
        {
            "null" => (1, Gen.Const((JsonNode?)null)),
            "boolean" => (4, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
            "integer" => (4, Gen.Int[-1000, 1000].Select(i => (JsonNode?)JsonValue.Create(i))),
            "string" => (4, ValidText(schema).Select(s => (JsonNode?)JsonValue.Create(s))),
            "object" => (4, ValidObject(schema).Select(o => (JsonNode?)o)),
            _ => throw new InvalidOperationException($"No generator for the type '{type}'"),
        })]);
    }

    private static Gen<string> ValidText(JsonNode schema)
    {
        switch (schema["format"]?.GetValue<string>())
        {
            case "date":
                return Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2030, 12, 31)].Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            case "uuid":
                return Gen.Guid.Select(g => g.ToString());
            case "int32":
                // A number the document lets come as a string: within its range when it gives one, or anywhere near.
                return Gen.Int[Bound(schema["minimum"], -1000), Bound(schema["maximum"], 1000)].Select(i => i.ToString(CultureInfo.InvariantCulture));
            case { } format:
                throw new InvalidOperationException($"No generator for the format '{format}'");
        }

        var longest = schema["maxLength"]?.GetValue<int>() ?? 200;
        var text = Gen.Char[Alphabet];
        return Gen.Frequency(
            (4, text.Array[0, Math.Min(longest, 24)].Select(c => new string(c))),
            (1, Gen.Int[Math.Max(0, longest - 2), longest].SelectMany(n => text.Array[n, n]).Select(c => new string(c))));
    }

    private static int Bound(JsonNode? bound, int fallback) =>
        bound is null ? fallback : int.Parse(bound.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static Gen<JsonObject> ValidObject(JsonNode schema)
    {
        var required = Required(schema);
        var members = Gen.Const(ImmutableList<KeyValuePair<string, JsonNode?>>.Empty);
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? new JsonObject())
        {
            var value = Valid(property!).Select(v => KeyValuePair.Create(name, v));
            members = required.Contains(name)
                ? members.SelectMany(list => value.Select(list.Add))
                : members.SelectMany(list => Gen.Bool.SelectMany(include => include ? value.Select(list.Add) : Gen.Const(list)));
        }

        return members.Select(list => new JsonObject(list.Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone()))));
    }

    private static HashSet<string> Required(JsonNode schema) =>
        schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];

    /// <summary>A body the schema allows, then broken in one place, with that place's field name.</summary>
    private static Gen<(JsonObject Body, string Field)> Broken(JsonObject schema) =>
        ValidObject(schema).SelectMany(body => Gen.OneOf(Breakages(body, schema, prefix: string.Empty).ToArray()));

    private static IEnumerable<IGen<(JsonObject Body, string Field)>> Breakages(JsonObject root, JsonNode schema, string prefix)
    {
        // Each breakage changes its own copy of the body, at the object the prefix names.
        Gen<(JsonObject, string)> Change(string field, Gen<Action<JsonObject>> change) => change.Select(act =>
        {
            var copy = (JsonObject)root.DeepClone();
            act(prefix.Split('.', StringSplitOptions.RemoveEmptyEntries).Aggregate(copy, (node, part) => (JsonObject)node[part]!));
            return (copy, prefix + field);
        });

        var properties = schema["properties"]?.AsObject() ?? new JsonObject();
        var here = prefix.Split('.', StringSplitOptions.RemoveEmptyEntries).Aggregate(root, (node, part) => (JsonObject)node[part]!);
        foreach (var name in Required(schema))
        {
            yield return Change(name, Gen.Const<Action<JsonObject>>(o => o.Remove(name)));
            if (!Types(properties[name]!).Contains("null"))
            {
                yield return Change(name, Gen.Const<Action<JsonObject>>(o => o[name] = null));
            }
        }

        if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
        {
            foreach (var unknown in new[] { "nickname", "_id", string.Empty }.Concat(properties.Select(p => char.ToUpperInvariant(p.Key[0]) + p.Key[1..])))
            {
                yield return Change(unknown, Gen.Const<Action<JsonObject>>(o => o[unknown] = "x"));
            }
        }

        foreach (var (name, property) in properties)
        {
            var types = Types(property!);
            if (property!["maxLength"]?.GetValue<int>() is { } longest)
            {
                yield return Change(name, Gen.Int[longest + 1, longest + 20].Select<int, Action<JsonObject>>(n => o => o[name] = new string('a', n)));
            }

            if (property["enum"] is JsonArray values)
            {
                var allowed = values.Select(v => v?.ToJsonString()).ToHashSet();
                var others = new[] { "EN", "Cy", " en", "fr", string.Empty }.Where(o => !allowed.Contains(JsonValue.Create(o).ToJsonString())).ToArray();
                yield return Change(name, Gen.OneOf(others).Select<string, Action<JsonObject>>(other => o => o[name] = other));
            }

            if (property["format"]?.GetValue<string>() == "date")
            {
                yield return Change(name, Gen.OneOf("2026-02-30", "01/03/2026", "2026-3-1", "last Tuesday", "2026-03-01T10:00:00Z")
                    .Select<string, Action<JsonObject>>(bad => o => o[name] = bad));
            }

            var wrong = new (string Type, Func<JsonNode?> Value)[]
                {
                    ("integer", () => JsonValue.Create(7)), ("boolean", () => JsonValue.Create(true)), ("string", () => JsonValue.Create("text")),
                    ("object", () => new JsonObject()), ("array", () => new JsonArray()),
                }
                .Where(w => !types.Contains(w.Type) && !(w.Type == "integer" && types.Contains("number"))).ToArray();
            if (wrong.Length > 0)
            {
                yield return Change(name, Gen.OneOf(wrong).Select<(string, Func<JsonNode?>), Action<JsonObject>>(w => o => o[name] = w.Item2()));
            }

            if (types.Contains("object") && here[name] is JsonObject)
            {
                foreach (var nested in Breakages(root, property, prefix + name + "."))
                {
                    yield return nested;
                }
            }
        }
    }

    private static async Task<int> CountPeopleAsync(ApiWorld world)
    {
        await using var db = await world.OpenContextAsync();
        return await db.People.CountAsync();
    }
}
