using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Coproduce.Web.Api;

/// <summary>
/// Marks a record as a JSON request body of the API. Its properties' <c>[Required]</c>, <c>[MaxLength]</c> and
/// <c>[AllowedValues]</c> are at once what the OpenAPI document says (<see cref="ApiRequestSchemaTransformer"/>) and
/// what <see cref="ApiBody.ReadAsync{T}"/> enforces, so the two can't drift apart. Keys match exactly (case and all)
/// and no others are allowed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ApiRequestAttribute : Attribute;

/// <summary>The outcome of reading a request body: the value, or the problem response that refuses it.</summary>
internal sealed record ApiBody<T>(T? Value, IResult? Refusal)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsRead => Value is not null;
}

/// <summary>
/// Reads an <see cref="ApiRequestAttribute"/> record from a request by hand, so that every bad body is a problem naming
/// its field in the caller's language (a bound parameter would fail with a bare 400), and an oversize one a 413.
/// </summary>
internal static class ApiBody
{
    /// <summary>
    /// The largest body the API reads. The biggest member a form allows is under 8 KB of JSON even in four-byte
    /// characters; Kestrel's own 30 MB limit is for the pages' uploads, not for this.
    /// </summary>
    public const int MaximumBytes = 64 * 1024;

    /// <summary>
    /// Describes the endpoint's JSON body in the OpenAPI document, with the statuses any body can get (400, 413), and
    /// puts the endpoint under the per-token limit on writing (429).
    /// </summary>
    /// <remarks>
    /// Not <c>Accepts&lt;T&gt;()</c>: that makes routing skip the endpoint for any other content type, so a form post
    /// would get "not found" instead of a 400 that says what to send.
    /// </remarks>
    public static RouteHandlerBuilder AcceptsJsonBody<T>(this RouteHandlerBuilder endpoint)
        where T : class =>
        endpoint
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) => operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken) },
                },
            })
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireRateLimiting(ApiHosting.WritingLimit)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static async Task<ApiBody<T>> ReadAsync<T>(HttpContext context, CancellationToken cancellationToken)
        where T : class
    {
        var request = context.Request;
        // A declared length over the limit is refused before a byte is read; a chunked body when it passes the limit.
        if (request.ContentLength > MaximumBytes)
        {
            return new(null, TooLarge(context));
        }

        if (!IsJsonInUtf8(request.ContentType))
        {
            return new(null, Invalid(context, "body", "Api.UnreadableBody"));
        }

        var buffer = await ReadUpToLimitAsync(request.Body, cancellationToken);
        if (buffer is null)
        {
            return new(null, TooLarge(context));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer);
        }
        catch (JsonException)
        {
            return new(null, Invalid(context, "body", "Api.UnreadableBody"));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new(null, Invalid(context, "body", "Api.UnreadableBody"));
            }

            var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            Check(context, document.RootElement, options.GetTypeInfo(typeof(T)), prefix: string.Empty, errors);
            if (errors.Count > 0)
            {
                return new(null, ApiProblems.Invalid(context, errors.ToDictionary(e => e.Key, e => e.Value.ToArray())));
            }

            try
            {
                return document.RootElement.Deserialize<T>(options) is { } value
                    ? new(value, null)
                    : new(null, Invalid(context, "body", "Api.UnreadableBody"));
            }
            catch (JsonException exception)
            {
                var field = exception.Path is null or "$" ? "body" : exception.Path.TrimStart('$', '.');
                return new(null, Invalid(context, field, "Api.UnreadableValue"));
            }
        }
    }

    /// <summary>Whether a property is declared required: present and not null.</summary>
    public static bool IsRequired(JsonPropertyInfo property) => Attribute<RequiredAttribute>(property) is not null;

    public static bool IsRequestType(Type type) => type.GetCustomAttribute<ApiRequestAttribute>() is not null;

    public static TAttribute? Attribute<TAttribute>(JsonPropertyInfo property)
        where TAttribute : Attribute =>
        property.AttributeProvider?.GetCustomAttributes(typeof(TAttribute), inherit: true).OfType<TAttribute>().FirstOrDefault();

    public static IResult TooLarge(HttpContext context)
    {
        // The rest of the body is not worth reading just to keep the connection.
        context.Response.Headers.Connection = "close";
        return ApiProblems.Problem(context, StatusCodes.Status413PayloadTooLarge, "Api.BodyTooLarge",
            string.Format(ApiProblems.Culture(context), ApiProblems.Message(context, "Api.BodyTooLargeDetail"), MaximumBytes / 1024));
    }

    private static bool IsJsonInUtf8(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase) && type.Type.Equals("application", StringComparison.OrdinalIgnoreCase)))
        && (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static async Task<byte[]?> ReadUpToLimitAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaximumBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // What the document says about the body, checked before the body is turned into the record.
    private static void Check(HttpContext context, JsonElement json, JsonTypeInfo type, string prefix, Dictionary<string, List<string>> errors)
    {
        void Add(string field, string key, params object[] values) =>
            (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(
                string.Format(ApiProblems.Culture(context), ApiProblems.Message(context, key), values));

        var properties = type.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in json.EnumerateObject())
        {
            var field = prefix + member.Name;
            if (!seen.Add(member.Name))
            {
                Add(field, "Api.DuplicateField");
            }
            else if (!properties.TryGetValue(member.Name, out var property))
            {
                Add(field, "Api.UnknownField");
            }
            else if (member.Value.ValueKind == JsonValueKind.String)
            {
                string text;
                try
                {
                    text = member.Value.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    Add(field, "Api.UnreadableValue"); // a lone surrogate, say
                    continue;
                }

                if (Attribute<MaxLengthAttribute>(property) is { } maxLength && text.Length > maxLength.Length)
                {
                    Add(field, "Api.TooLong", maxLength.Length);
                }

                if (Attribute<AllowedValuesAttribute>(property) is { } allowed && !allowed.Values.Contains(text))
                {
                    Add(field, "Api.NotOneOf", string.Join(", ", allowed.Values));
                }
            }
            else if (member.Value.ValueKind == JsonValueKind.Object
                     && (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is var nested && IsRequestType(nested))
            {
                Check(context, member.Value, type.Options.GetTypeInfo(nested), field + ".", errors);
            }
        }

        foreach (var property in type.Properties.Where(IsRequired))
        {
            if (!json.TryGetProperty(property.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                Add(prefix + property.Name, "Api.Required");
            }
        }
    }

    private static IResult Invalid(HttpContext context, string field, string key) =>
        ApiProblems.Invalid(context, new Dictionary<string, string[]> { [field] = [ApiProblems.Message(context, key)] });
}

/// <summary>
/// Writes an <see cref="ApiRequestAttribute"/> record's contract into its schema: exactly the <c>[Required]</c>
/// properties are required (and not null), the others may be null, <c>maxLength</c> and <c>enum</c> come from the same
/// attributes <see cref="ApiBody"/> checks, and no other properties are allowed.
/// </summary>
internal sealed class ApiRequestSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { } property && property.DeclaringType is { } declaring && ApiBody.IsRequestType(declaring))
        {
            if (ApiBody.IsRequired(property))
            {
                schema.Type &= ~JsonSchemaType.Null;
            }
            else if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
            {
                schema.Type |= JsonSchemaType.Null;
            }

            if (ApiBody.Attribute<MaxLengthAttribute>(property) is { } maxLength)
            {
                schema.MaxLength = maxLength.Length;
            }

            if (ApiBody.Attribute<AllowedValuesAttribute>(property) is { } allowed)
            {
                schema.Enum = [.. allowed.Values.Select(v => JsonValue.Create(Convert.ToString(v, CultureInfo.InvariantCulture))!)];
            }
        }

        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && ApiBody.IsRequestType(context.JsonTypeInfo.Type))
        {
            schema.Required = new HashSet<string>(context.JsonTypeInfo.Properties.Where(ApiBody.IsRequired).Select(p => p.Name), StringComparer.Ordinal);
            schema.AdditionalPropertiesAllowed = false;
            schema.AdditionalProperties = null;
        }

        return Task.CompletedTask;
    }
}
