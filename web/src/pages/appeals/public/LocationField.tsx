// The place of a ticket: the address in words, and — optional — the browser's own location. There are no map
// tiles offline, so instead of a map the requester presses 使用当前位置 and sees the coordinates it gave.
import { AimOutlined, CloseCircleOutlined, EnvironmentOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADDRESS_MAX, roundCoordinate, type Point } from './form.ts';

type LocateError = 'unsupported' | 'insecure' | 'denied' | 'unavailable' | 'timeout';

/** GeolocationPositionError's codes: 1 denied, 2 unavailable, 3 timeout. */
const errorOf = (code: number): LocateError => (code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable');

export function LocationField({
  address,
  point,
  onAddress,
  onPoint,
  status,
  disabled,
}: {
  address: string;
  point: Point | null;
  onAddress: (address: string) => void;
  onPoint: (point: Point | null) => void;
  status?: 'error';
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState(false);
  const [failure, setFailure] = useState<LocateError | null>(null);

  function locate() {
    setFailure(null);
    if (!('geolocation' in navigator)) return setFailure('unsupported');
    if (!window.isSecureContext) return setFailure('insecure');
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onPoint({ lat: position.coords.latitude, lng: position.coords.longitude, accuracy: position.coords.accuracy });
      },
      (error) => {
        setLocating(false);
        setFailure(errorOf(error.code));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  return (
    <div className="ys-appeal-location">
      <Input.TextArea
        id="appeal-address"
        value={address}
        onChange={(event) => onAddress(event.target.value)}
        placeholder={t('appealsPublic.form.addressPlaceholder')}
        autoSize={{ minRows: 1, maxRows: 3 }}
        maxLength={ADDRESS_MAX}
        status={status}
        disabled={disabled}
        data-testid="appeal-address"
      />
      <div className="ys-appeal-location-row">
        <Button
          icon={locating ? <LoadingOutlined /> : <AimOutlined />}
          onClick={locate}
          disabled={disabled || locating}
          data-testid="appeal-locate"
        >
          {locating ? t('appealsPublic.form.locating') : t('appealsPublic.form.locate')}
        </Button>
        {point && (
          <span className="ys-appeal-point" data-testid="appeal-point">
            <EnvironmentOutlined aria-hidden />{' '}
            {t('appealsPublic.form.located', { lat: roundCoordinate(point.lat).toFixed(6), lon: roundCoordinate(point.lng).toFixed(6) })}
            {point.accuracy !== undefined && t('appealsPublic.form.accuracy', { meters: Math.round(point.accuracy) })}
            <Button
              type="link"
              size="small"
              icon={<CloseCircleOutlined />}
              onClick={() => onPoint(null)}
              disabled={disabled}
              aria-label={t('appealsPublic.form.clearLocation')}
              data-testid="appeal-point-clear"
            />
          </span>
        )}
      </div>
      {failure ? (
        <div className="ys-appeal-error" role="alert" data-testid="appeal-locate-error">
          {t(`appealsPublic.form.locateErrors.${failure}`)}
        </div>
      ) : (
        !point && <div className="ys-appeal-hint">{t('appealsPublic.form.locationHint')}</div>
      )}
    </div>
  );
}
