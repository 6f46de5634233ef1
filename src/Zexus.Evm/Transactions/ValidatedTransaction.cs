using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>A transaction that passed <see cref="TransactionValidator"/> in a fork, with what the checks computed.</summary>
/// <param name="Transaction">The transaction.</param>
/// <param name="Sender">The recovered sender.</param>
/// <param name="IntrinsicGas">Its intrinsic gas and calldata floor in the fork.</param>
public sealed record ValidatedTransaction(Transaction Transaction, Address Sender, IntrinsicGas IntrinsicGas);
