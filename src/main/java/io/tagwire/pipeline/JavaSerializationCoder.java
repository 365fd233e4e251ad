package io.tagwire.pipeline;

import java.io.Serializable;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.coders.StructuralByteArray;

/**
 * Java serialization for the pipeline's record types, compared by their encoded bytes. Our records
 * hold int arrays (token offsets), whose equals is identity, so Beam's default SerializableCoder
 * comparison would report every element as mutated.
 */
public final class JavaSerializationCoder<T extends Serializable> extends SerializableCoder<T> {
  private JavaSerializationCoder(Class<T> type) {
    super(type, org.apache.beam.sdk.values.TypeDescriptor.of(type));
  }

  public static <T extends Serializable> JavaSerializationCoder<T> of(Class<T> type) {
    return new JavaSerializationCoder<>(type);
  }

  @Override
  public boolean consistentWithEquals() {
    return false;
  }

  @Override
  public Object structuralValue(T value) {
    try {
      return new StructuralByteArray(CoderUtils.encodeToByteArray(this, value));
    } catch (org.apache.beam.sdk.coders.CoderException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }
}
