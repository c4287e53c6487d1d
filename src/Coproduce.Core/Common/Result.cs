namespace Coproduce.Core.Common;

/// <summary>The outcome of a service call: a value, or the reasons it was refused. A refusal changed nothing.</summary>
/// <typeparam name="T">What a successful call returns.</typeparam>
public sealed record Result<T> : IOutcome
{
    private Result(T? value, IReadOnlyList<FieldError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value, when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>Why the call was refused; empty when it succeeded.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>Whether the call did what was asked.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A success.</summary>
    public static Result<T> Success(T value) => new(value, []);

    /// <summary>A refusal with at least one reason.</summary>
    public static Result<T> Refused(IReadOnlyList<FieldError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A refusal needs a reason.", nameof(errors)) : new(default, errors);

    /// <summary>A refusal with one reason.</summary>
    public static Result<T> Refused(FieldError error) => new(default, [error]);
}
